import Accord

/// libFuzzer entry: any bytes as a pack file, then compiled. Errors are expected; crashes are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    guard let pack = try? Pack(yaml: text, file: "<fuzz>") else { return 0 }
    if let engine = try? Engine(packs: [pack]) {
        // Run the pack's own example texts too: a pattern that compiles must also run.
        _ = engine.analyze("Nhật Bản và Ấn Độ nhất trí tăng cường hợp tác về năng lượng sạch trị giá 5.000 tỷ Yen ngày 7/9.")
    }
    return 0
}
