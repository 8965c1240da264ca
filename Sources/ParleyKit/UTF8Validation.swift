/// Where bytes stop being valid UTF-8.
struct UTF8Validation {
    /// The byte offset, line (1-based) and column (1-based, in bytes) of the
    /// first invalid sequence, or nil when all of `bytes` is valid UTF-8.
    static func firstError<Bytes: RandomAccessCollection>(in bytes: Bytes) -> (offset: Int, line: Int, column: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        var line = 1
        var lineStart = index
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 10 { line += 1; lineStart = index + 1 }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32 = 0
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (index - bytes.startIndex, line, index - lineStart + 1)
            }
            guard index + length <= bytes.endIndex else { return (index - bytes.startIndex, line, index - lineStart + 1) }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length {
                let byte = bytes[index + k]
                guard byte & 0xC0 == 0x80 else { return (index - bytes.startIndex, line, index - lineStart + 1) }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
                return (index - bytes.startIndex, line, index - lineStart + 1)
            }
            index += length
        }
        return nil
    }
}
