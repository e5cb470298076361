/// Escapes text for HTML element content and quoted attribute values.
package enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe both
    /// between tags and inside a double- or single-quoted attribute.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text.unicodeScalars, to: &out)
        return out
    }

    /// Appends `scalars` escaped to `out`, without building an intermediate string.
    package static func append(_ scalars: some Sequence<Unicode.Scalar>, to out: inout String) {
        for scalar in scalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` escaped for an attribute, with line breaks written as `&#10;` so each tag stays
    /// on one line of the page source (a `title` still shows them as line breaks).
    package static func attribute(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: append(CollectionOfOne(scalar), to: &out)
            }
        }
        return out
    }
}
