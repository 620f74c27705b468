/// The blocks of texts whose similar pairs are searched together, sized by what they find.
///
/// Searching every text at once would hold every pair above the threshold: tens of millions in
/// a national grants file whose texts are written alike (40 million from 2,048 organisations of
/// 200,000 grants). Blocks start small, grow while they find few pairs and shrink when they find
/// many, so that about `pairsPerBlock` pairs (24 bytes each) are held at a time whatever the
/// texts. A search by blocks finds the same pairs as one search (each block the pairs whose first
/// text it holds, in order), so the sizes never change a result.
struct SearchBlocks {
    let smallest: Int
    let largest: Int
    let pairsPerBlock: Int

    init(smallest: Int, largest: Int, pairsPerBlock: Int = 1 << 20) {
        precondition(smallest > 0 && smallest <= largest)
        self.smallest = smallest
        self.largest = largest
        self.pairsPerBlock = pairsPerBlock
    }

    /// Hands `search` consecutive ranges covering `0..<count`, each sized by the pairs the one
    /// before it found (the count `search` returns); stops early when `search` returns `nil`.
    func walk(_ count: Int, _ search: (Range<Int>) -> Int?) {
        var size = smallest
        var start = 0
        while start < count {
            let end = min(count, start + size)
            guard let found = search(start..<end) else { return }
            start = end
            if found > pairsPerBlock {
                size = max(smallest, size / 2)
            } else if found < pairsPerBlock / 4 {
                size = min(largest, size * 2)
            }
        }
    }
}
