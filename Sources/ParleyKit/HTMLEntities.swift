/// The named character references Parley decodes in HTML: the five of XML,
/// every Latin-1 one (U+00A0…U+00FF, as HTML 4 names them) and the
/// typographic ones news pages use. Others are left as written.
///
/// Names and code points are those of the HTML standard
/// (<https://html.spec.whatwg.org/multipage/named-characters.html>).
enum HTMLEntities {
    /// Name (without `&` and `;`) to scalar.
    static let named: [[UInt8]: Unicode.Scalar] = {
        var table: [[UInt8]: Unicode.Scalar] = [:]
        func add(_ name: String, _ value: UInt32) { table[Array(name.utf8)] = Unicode.Scalar(value)! }
        for (name, value) in [("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27)] as [(String, UInt32)] {
            add(name, value)
            add(name.uppercased(), value)
        }
        // U+00A0…U+00FF in order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute \
            micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring \
            AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml \
            times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil \
            egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash \
            ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() { add(String(name), 0xA0 + UInt32(offset)) }
        let typographic: [(String, UInt32)] = [
            ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178), ("fnof", 0x192),
            ("circ", 0x2C6), ("tilde", 0x2DC), ("ensp", 0x2002), ("emsp", 0x2003), ("thinsp", 0x2009), ("zwnj", 0x200C),
            ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F), ("ndash", 0x2013), ("mdash", 0x2014), ("lsquo", 0x2018),
            ("rsquo", 0x2019), ("sbquo", 0x201A), ("ldquo", 0x201C), ("rdquo", 0x201D), ("bdquo", 0x201E),
            ("dagger", 0x2020), ("Dagger", 0x2021), ("bull", 0x2022), ("hellip", 0x2026), ("permil", 0x2030),
            ("prime", 0x2032), ("Prime", 0x2033), ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("euro", 0x20AC),
            ("trade", 0x2122), ("minus", 0x2212),
        ]
        for (name, value) in typographic { add(name, value) }
        return table
    }()
}
