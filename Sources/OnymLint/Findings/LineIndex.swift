/// Byte offsets to 1-based line and column (in Unicode scalars).
struct LineIndex {
    let text: [UInt8]
    private let starts: [Int]

    init(_ text: [UInt8]) {
        self.text = text
        var starts = [0]
        for (i, b) in text.enumerated() where b == 0x0A { starts.append(i + 1) }
        self.starts = starts
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = text[starts[low]..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (low + 1, column)
    }
}
