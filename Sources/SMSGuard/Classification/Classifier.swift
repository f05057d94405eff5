/// Decides whether a message that names a shop came from one of the shop's declared senders.
///
/// A pure function of (sender, text) and the registry: no network, no state between messages, safe to
/// share between threads. Build one per registry (the matcher is compiled once) and call `classify` for
/// each message.
public struct Classifier: Sendable {
    public let registry: Registry
    let patterns: ClassifierPatterns

    public init(registry: Registry) {
        self.registry = registry
        patterns = ClassifierPatterns(registry: registry)
    }

    /// Classifies one message.
    ///
    /// - Parameters:
    ///   - sender: the sender as received, in any written form.
    ///   - text: the message; nil to ask only whose official sender this is.
    public func classify(sender: String, text: String?) -> Verdict {
        let parsed = Sender(parsing: sender)
        guard var text, !text.isEmpty else {
            return verdict(written: sender, sender: parsed)
        }
        return text.withUTF8 { classify(senderWritten: sender, sender: parsed, text: $0) }
    }

    /// Classifies one message whose text is UTF-8 bytes (as log readers produce them).
    ///
    /// - Complexity: O(n) in the text's length; the common case (no shop named, no suspect term) makes
    ///   no allocation beyond the verdict itself.
    public func classify(senderWritten: String, sender: Sender, text: UnsafeBufferPointer<UInt8>) -> Verdict {
        let capacity = max(text.count, 1)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { folded in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { offsets in
                var hits: [(pattern: Int, end: Int)] = []
                let summary = TextFolder.fold(
                    text, into: folded.baseAddress!, sourceOffsets: offsets.baseAddress!, automaton: patterns.automaton
                ) { pattern, end in
                    // One allocation for a message's hits instead of four growing ones.
                    if hits.isEmpty { hits.reserveCapacity(16) }
                    hits.append((pattern, end))
                }
                let message = MessageText(
                    original: text,
                    folded: UnsafeBufferPointer(rebasing: folded[0..<summary.count]),
                    sourceOffsets: UnsafeBufferPointer(rebasing: offsets[0..<summary.count]))
                // A number before a full stop ("ساعت ۱۷.") is a link candidate too; only real links count.
                let links = summary.hasLinkCandidate ? LinkFinder.links(in: message.folded) : []
                // Cues only give context to names, secrets and links: alone they change nothing.
                let onlyCues = hits.allSatisfy { patterns.roles[$0.pattern].isCue }
                // "م.ی.و.ه ت.ا.ز.ه": maybe a name spelled out with marks, which the automaton cannot see.
                if onlyCues && links.isEmpty && !summary.hasLatinWord && !summary.hasSpelledOutLetters {
                    return verdict(written: senderWritten, sender: sender)
                }
                return analyze(
                    message, hits: hits, links: links, hasLatinWord: summary.hasLatinWord, mayBeSpelledOut: summary.hasSpelledOutLetters,
                    written: senderWritten, sender: sender)
            }
        }
    }

    private func analyze(
        _ message: MessageText, hits: [(pattern: Int, end: Int)], links: [MessageLink], hasLatinWord: Bool, mayBeSpelledOut: Bool,
        written: String, sender: Sender
    ) -> Verdict {
        var terms = MessageTerms()
        for hit in hits { terms.record(pattern: hit.pattern, end: hit.end, in: message, patterns: patterns) }
        if !links.isEmpty { terms.forgetLinkWords(inside: links, ownDomains: patterns.ownDomains) }
        var links = links
        for index in links.indices {
            links[index].readWrittenForm(UnsafeBufferPointer(rebasing: message.original[message.originalRange(of: links[index].range)]))
        }
        var risks: [Risk] = []
        var mentioned: [Int] = []
        let spelledOut = mayBeSpelledOut ? SpelledOutNames.runs(in: message) : []
        let detector = ClaimDetector(patterns: patterns, registry: registry)
        var found = terms.nameHits.isEmpty && !hasLatinWord && spelledOut.isEmpty
            ? [] : detector.claims(
                in: message, terms: terms, links: links, hasLatinWord: hasLatinWord, spelledOut: spelledOut, risks: &risks,
                mentioned: &mentioned)
        if found.isEmpty, let misspelled = detector.misspelledHeading(in: message, risks: &risks) {
            found = [misspelled]
            mentioned.removeAll { $0 == misspelled.shop }
        }
        let riskDetector = RiskDetector(patterns: patterns, registry: registry)
        if !terms.terms.isEmpty {
            risks.append(contentsOf: riskDetector.termRisks(in: message, terms: terms, links: links))
        }
        var claimed: [Int] = []
        for claim in found where !claimed.contains(claim.shop) { claimed.append(claim.shop) }
        if !links.isEmpty {
            let namesHadHiddenCharacters = risks.contains { $0.kind == .hiddenCharacters }
            risks.append(contentsOf: riskDetector.linkRisks(
                in: message, links: links, claimedShops: claimed, namesHadHiddenCharacters: namesHadHiddenCharacters))
            if let request = riskDetector.codeEnteredOnSuspectPage(in: message, terms: terms, risks: risks) { risks.append(request) }
        }
        let claims = found.map { claim in
            Claim(
                shopID: registry.shops[claim.shop].id, text: message.originalText(of: claim.range),
                utf8Range: message.originalRange(of: claim.range), evidence: claim.evidence)
        }
        return verdict(written: written, sender: sender, claims: claims, claimed: claimed, risks: risks, mentioned: mentioned)
    }

    /// - Parameter claimed: indices of the claimed shops, in order of first claim.
    private func verdict(
        written: String, sender: Sender, claims: [Claim] = [], claimed: [Int] = [], risks: [Risk] = [], mentioned: [Int] = []
    ) -> Verdict {
        let official = registry.shopIndices(sending: sender)
        let kind: Verdict.Kind
        if claimed.isEmpty {
            kind = official.isEmpty ? .unrelated : .authentic
        } else if claimed.contains(where: official.contains) {
            kind = .authentic
        } else if claimed.contains(where: { !registry.shops[$0].senders.isEmpty }) {
            kind = .spoofed
        } else {
            kind = .unverified
        }
        return Verdict(
            kind: kind, senderWritten: written, sender: sender, claimedShops: claimed.map { registry.shops[$0] },
            officialShops: official.map { registry.shops[$0] },
            mentionedShops: mentioned.filter { !claimed.contains($0) }.map { registry.shops[$0] }, claims: claims, risks: risks)
    }
}
