/// The registry compiled into smsguard, so that it works from any directory with no files at hand.
///
/// Its text is `Registry/registry.json`, embedded by `swift run smsguard-codegen`; a test fails when the
/// two differ.
public enum BuiltinRegistry {
    /// The registry itself, parsed on first use.
    public static let registry: Registry = {
        do {
            return try Registry(json: jsonText, path: "built-in registry")
        } catch {
            // Unreachable while BuiltinRegistryTests pass: they parse this very text.
            fatalError("the built-in registry does not parse: \(error)")
        }
    }()

    /// The registry's JSON text, byte for byte as `Registry/registry.json`.
    public static var jsonText: String { generatedJSON }
}
