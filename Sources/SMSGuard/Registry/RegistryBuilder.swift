/// Builds a registry from policy documents, one shop per file.
public enum RegistryBuilder {
    /// File name endings read as policies.
    public static let policyExtensions = ["txt", "html", "htm", "jsx", "tsx", "md"]

    /// The shop id a policy file gives: its stem, when that is a short Latin id (`[a-z0-9_-]`, 2–40).
    public static func shopID(forFileName name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), policyExtensions.contains(name[name.index(after: dot)...].lowercased()) else {
            return nil
        }
        let stem = String(name[..<dot])
        let isID = (2...40).contains(stem.count) && stem.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        }
        return isID ? stem : nil
    }

    /// Extracts every policy and orders the shops by id, so the result does not depend on file order.
    ///
    /// - Throws: `SMSGuardError.badData` for a file name that is no shop id, two files with one id, or a
    ///   policy that cannot be read as text.
    public static func build(policies: [(fileName: String, bytes: [UInt8])]) throws(SMSGuardError) -> Registry {
        var shops: [Shop] = []
        for policy in policies {
            guard let id = shopID(forFileName: policy.fileName) else {
                throw SMSGuardError(.badData, "policy file names must be a short Latin shop id with a .txt or .html ending, such as digikala.txt", at: SourceLocation(path: policy.fileName))
            }
            guard !shops.contains(where: { $0.id == id }) else {
                throw SMSGuardError(.badData, "a second policy for shop \"\(id)\"", at: SourceLocation(path: policy.fileName))
            }
            shops.append(try PolicyExtractor.extract(policy: policy.bytes, id: id, fileName: policy.fileName))
        }
        return Registry(shops: shops.sorted { $0.id < $1.id })
    }
}
