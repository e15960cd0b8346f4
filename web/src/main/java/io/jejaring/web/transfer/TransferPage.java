package io.jejaring.web.transfer;

/**
 * What the import and export page shows besides its forms: an import's report or why it was refused, an export
 * that could not start, and how an erasure went. Each part is null when there is nothing to say.
 */
public record TransferPage(ImportReport report, ImportRefusal importRefusal, String importDetail,
        String importUnavailable, String exportUnavailable, EraseOutcome erase, String eraseDetail,
        String eraseUnavailable, long maxFileBytes) {

    public enum ImportRefusal {
        NO_FILE, TOO_LARGE, UNKNOWN_KIND, REJECTED
    }

    public enum EraseOutcome {
        WRONG_WORD, DONE, REJECTED
    }

    static TransferPage blank() {
        return new TransferPage(null, null, null, null, null, null, null, null, TransferResource.MAX_FILE_BYTES);
    }

    TransferPage imported(ImportReport done) {
        return new TransferPage(done, null, null, null, exportUnavailable, erase, eraseDetail, eraseUnavailable,
                maxFileBytes);
    }

    TransferPage importRefused(ImportRefusal why, String detail) {
        return new TransferPage(null, why, detail, null, exportUnavailable, erase, eraseDetail, eraseUnavailable,
                maxFileBytes);
    }

    TransferPage importUnavailable(String part) {
        return new TransferPage(null, null, null, part, exportUnavailable, erase, eraseDetail, eraseUnavailable,
                maxFileBytes);
    }

    TransferPage exportUnavailable(String part) {
        return new TransferPage(report, importRefusal, importDetail, importUnavailable, part, erase, eraseDetail,
                eraseUnavailable, maxFileBytes);
    }

    TransferPage erased(EraseOutcome outcome, String detail) {
        return new TransferPage(report, importRefusal, importDetail, importUnavailable, exportUnavailable, outcome,
                detail, null, maxFileBytes);
    }

    TransferPage eraseUnavailable(String part) {
        return new TransferPage(report, importRefusal, importDetail, importUnavailable, exportUnavailable, null, null,
                part, maxFileBytes);
    }

    /** The limit in whole megabytes, for the words beside the file input. */
    public long maxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }
}
