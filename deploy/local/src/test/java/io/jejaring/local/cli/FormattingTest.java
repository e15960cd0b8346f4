package io.jejaring.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jejaring.local.JsonApi;

/** How the commands print: the progress bar, the promises table, counts in words. */
class FormattingTest {

    @Test
    void theProgressBarFillsWithTheBytesSent() {
        assertThat(ProgressBar.line(0, 4 * 1024 * 1024)).isEqualTo("[..............................]      0 B of 4.0 MB   0%");
        assertThat(ProgressBar.line(2_200_000, 4 * 1024 * 1024))
                .isEqualTo("[################..............]   2.1 MB of 4.0 MB  52%");
        assertThat(ProgressBar.line(5000, 5000)).isEqualTo("[##############################]   4.9 KB of 4.9 KB 100%");
        assertThat(ProgressBar.line(0, 0)).endsWith("100%");
    }

    @Test
    void promisesShowWhoPromisedWhatAndWhichOpenOnesAreLate() throws IOException {
        String page = """
                {"items":[
                  {"id":"p1","contactId":"a","direction":"I_PROMISED","description":"send the deck","dueOn":"2026-11-30","status":"OPEN"},
                  {"id":"p2","contactId":"b","direction":"THEY_PROMISED","description":"intro to her editor","dueOn":"2026-12-04","status":"OPEN"},
                  {"id":"p3","contactId":"gone","direction":"I_PROMISED","description":"return the book","dueOn":"2026-11-01","status":"KEPT"}
                 ],"nextCursor":"next"}""";
        String table = PromisesCommand.table(JsonApi.JSON.readTree(page), Map.of("a", "Ayu Lestari", "b", "Budi"),
                LocalDate.parse("2026-12-02"), 20, PromisesCommand.Status.ALL);
        assertThat(table).isEqualTo("""
                Promises (all):
                  due         contact      by    promise              status  id
                  2026-11-30  Ayu Lestari  you   send the deck        late    p1
                  2026-12-04  Budi         they  intro to her editor  open    p2
                  2026-11-01  gone         you   return the book      kept    p3
                  ... and more (--limit shows up to 200)
                """);
    }

    @Test
    void countsReadAsASentence() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("contacts", 1);
        assertThat(Restore.counts(counts)).isEqualTo("1 contact");
        counts.put("connections", 0);
        counts.put("interactions", 12);
        assertThat(Restore.counts(counts)).isEqualTo("1 contact, 0 connections and 12 interactions");
    }

    @Test
    void aFileIsToldByItsExtensionElseByItsFirstLine(@TempDir Path dir) throws IOException {
        Set<FileFormat> all = EnumSet.allOf(FileFormat.class);
        Path card = Files.write(dir.resolve("contacts"),
                "\uFEFFBEGIN:VCARD\r\n".getBytes(StandardCharsets.UTF_8));
        Path mail = Files.writeString(dir.resolve("Inbox"), "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n");
        Path calendar = Files.writeString(dir.resolve("team.ICS"), "anything");
        assertThat(FileFormat.of(card, null, all)).isEqualTo(FileFormat.VCARD);
        assertThat(FileFormat.of(mail, null, all)).isEqualTo(FileFormat.MBOX);
        assertThat(FileFormat.of(calendar, null, all)).isEqualTo(FileFormat.CALENDAR);
        assertThat(FileFormat.of(mail, FileFormat.CSV, all)).isEqualTo(FileFormat.CSV);
    }

    @Test
    void theWaysToMeetAreChannels() {
        assertThat(Via.channel("coffee")).isEqualTo("IN_PERSON");
        assertThat(Via.channel("Lunch")).isEqualTo("IN_PERSON");
        assertThat(Via.channel("in_person")).isEqualTo("IN_PERSON");
        assertThat(Via.channel("call")).isEqualTo("PHONE");
        assertThat(Via.channel("zoom")).isEqualTo("VIDEO");
        assertThat(Via.channel("EMAIL")).isEqualTo("EMAIL");
        assertThat(Via.channel("whatsapp")).isEqualTo("MESSAGE");
    }
}
