import Foundation
import PartnerMap
import PartnerMapGraphviz

/// The coordinator's file as the workspace holds it: the text on disk, the edits made on the
/// page and not yet saved, and the network they give. The file on disk is the only copy of the
/// data: nothing is written except by ``save()``, which writes the whole file in one step and
/// never over a change made elsewhere.
///
/// Edits are kept as a list and replayed on the text read from disk, so that when the file
/// changes in another program the page's unsaved edits are laid over the new text (those that
/// no longer apply are dropped and the page says so).
actor WorkspaceFile {
    /// The path as the coordinator gave it.
    let path: String
    /// YAML or JSON, which the page edits; `nil` for a format it only reads.
    let syntax: NetworkFileEditor.Syntax?
    /// The format as `validate` recognised it.
    let format: InputFormat

    /// The text on disk when last read (YAML and JSON only).
    private(set) var diskText = ""
    private var fingerprint: Fingerprint
    /// The unsaved edits, oldest first.
    private(set) var edits: [EntryEdit] = []
    /// The disk text with every edit applied.
    private(set) var text = ""
    /// The network the page shows: the file with its unsaved edits.
    private(set) var network: Network
    /// Grows with every change of `network` (an edit, an undo, a reload); answers are cached by it.
    private(set) var version = 1
    /// What the last outside change did, for the page to say once.
    private(set) var notice: Notice?
    /// The file on disk no longer loads (an outside edit broke it): its problems, shown until fixed.
    private(set) var diskProblems: [Diagnostic] = []
    /// The warnings of the file as first read (an organisation with no tie …), for the command to print.
    nonisolated let warnings: [Diagnostic]

    /// What happened to the page's view of the file without the page asking.
    struct Notice: Sendable, Hashable {
        /// The version the notice is about.
        var version: Int
        /// Edits laid over the new text.
        var kept: Int
        /// Edits that no longer applied and were dropped.
        var dropped: Int
    }

    /// Why an edit was not taken.
    enum EditRefusal: Error {
        case editor(NetworkFileEditor.Failure)
        case problems([Diagnostic], lines: ClosedRange<Int>?)
        case readOnly
    }

    /// Why the file was not saved.
    enum SaveRefusal: Error {
        case changedOnDisk
        case write(String)
        case nothingToSave
    }

    /// Reads the file, or throws its problems as `validate` reports them.
    init(path: String) throws(NetworkLoadError) {
        self.path = path
        guard let format = InputFormat.recognise(path: path) else {
            _ = try NetworkLoader.readNetwork(path: path, dot: DOTReader.self)
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .unknownFileType)])
        }
        self.format = format
        syntax = format == .yaml ? .yaml : format == .json ? .json : nil
        fingerprint = Fingerprint(path: path)
        let (network, warnings) = try NetworkLoader.readNetwork(path: path, dot: DOTReader.self)
        self.network = network
        self.warnings = warnings
        if syntax != nil {
            let text = try Self.readText(path)
            diskText = text
            self.text = text
            byteOrderMark = Self.startsWithByteOrderMark(path)
        }
    }

    /// Whether the file starts with a UTF-8 byte order mark, which reading drops and saving puts back.
    private var byteOrderMark = false

    private static func startsWithByteOrderMark(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 3)) == Data([0xEF, 0xBB, 0xBF])
    }

    private static func readText(_ path: String) throws(NetworkLoadError) -> String {
        switch TextFile.read(path) {
        case .success(let text): return text
        case .failure(let diagnostic): throw NetworkLoadError([diagnostic])
        }
    }

    private static func load(_ text: String, syntax: NetworkFileEditor.Syntax, file: String) throws(NetworkLoadError) -> Network {
        switch syntax {
        case .yaml: try NetworkLoader.network(yaml: text, file: file)
        case .json: try NetworkLoader.network(json: text, file: file)
        }
    }

    /// What the page is shown, read at once.
    struct Snapshot: Sendable {
        var network: Network
        var version: Int
        var edits: Int
        var notice: Notice?
        var diskProblems: [Diagnostic]
    }

    /// The network and its state as they are now.
    func snapshot() -> Snapshot {
        Snapshot(network: network, version: version, edits: edits.count, notice: notice, diskProblems: diskProblems)
    }

    /// Applies an edit if the file's rules accept the result; nothing changes otherwise.
    func apply(_ edit: EntryEdit) throws(EditRefusal) -> NetworkFileEditor.Result {
        guard let syntax else { throw .readOnly }
        let result: NetworkFileEditor.Result
        do { result = try NetworkFileEditor.apply(edit, to: text, syntax: syntax, network: network) } catch { throw .editor(error) }
        do {
            network = try Self.load(result.text, syntax: syntax, file: path)
        } catch {
            throw .problems(error.diagnostics, lines: result.lines)
        }
        text = result.text
        edits.append(edit)
        version += 1
        return result
    }

    /// Takes back the last unsaved edit; false when there is none.
    func undo() -> Bool {
        guard !edits.isEmpty else { return false }
        edits.removeLast()
        replay(edits, over: diskText)
        version += 1
        return true
    }

    /// Lays `edits` over `base`, keeping those that still apply.
    @discardableResult
    private func replay(_ edits: [EntryEdit], over base: String) -> Int {
        guard let syntax, let baseNetwork = try? Self.load(base, syntax: syntax, file: path) else { return edits.count }
        var text = base
        var network = baseNetwork
        var kept: [EntryEdit] = []
        for edit in edits {
            guard let result = try? NetworkFileEditor.apply(edit, to: text, syntax: syntax, network: network),
                let edited = try? Self.load(result.text, syntax: syntax, file: path)
            else { continue }
            text = result.text
            network = edited
            kept.append(edit)
        }
        self.text = text
        self.network = network
        self.edits = kept
        return edits.count - kept.count
    }

    /// Reads the file again if another program changed it since it was read; true when it did.
    /// A file that no longer loads keeps the page on what it showed, with the problems said.
    @discardableResult
    func refreshFromDisk() -> Bool {
        let now = Fingerprint(path: path)
        guard now != fingerprint else { return false }
        fingerprint = now
        guard let syntax else {
            do {
                network = try NetworkLoader.readNetwork(path: path, dot: DOTReader.self).network
                diskProblems = []
            } catch {
                diskProblems = error.diagnostics
            }
            version += 1
            notice = Notice(version: version, kept: 0, dropped: 0)
            return true
        }
        guard let newText = try? Self.readText(path), newText != diskText else { return false }
        do {
            _ = try Self.load(newText, syntax: syntax, file: path)
        } catch {
            diskProblems = error.diagnostics
            version += 1
            return true
        }
        diskProblems = []
        diskText = newText
        byteOrderMark = Self.startsWithByteOrderMark(path)
        let pending = edits
        let dropped = replay(pending, over: newText)
        version += 1
        notice = Notice(version: version, kept: pending.count - dropped, dropped: dropped)
        return true
    }

    /// Writes the file with its edits, in one step (a temporary file renamed over it, its
    /// permissions kept), unless the file changed on disk since it was read: then it is read
    /// again, the edits are laid over it, and the coordinator saves again after looking.
    func save() throws(SaveRefusal) {
        guard syntax != nil else { throw .nothingToSave }
        if refreshFromDisk() { throw .changedOnDisk }
        guard !edits.isEmpty else { throw .nothingToSave }
        do {
            try OutputFile.write((byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8), to: path, inputs: [])
        } catch let error as CustomStringConvertible & Error {
            throw .write(error.description)
        } catch {
            throw .write(String(describing: error))
        }
        diskText = text
        edits = []
        fingerprint = Fingerprint(path: path)
        version += 1
    }
}

/// What tells a file changed without reading it: size, modification time and inode (for a
/// folder of CSV files, of each file in it).
struct Fingerprint: Hashable {
    var parts: [[Int]]

    init(path: String) {
        var isFolder: ObjCBool = false
        var paths = [path]
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            paths += ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
        }
        parts = paths.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return [-1] }
            return [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)]
        }
    }
}
