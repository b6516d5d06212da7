package vn.vetflow.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive matching for Vietnamese: "cap giay" finds "Cấp giấy". Text is decomposed (NFD), its
 * combining marks dropped, đ read as d, and case and runs of spaces ignored.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ are letters of their own, not d with a mark; Ð (U+00D0) is sometimes typed for Đ.
        String plain = text.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
        String withoutMarks = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether every word of the query occurs in one of the texts (a blank query matches everything). */
    public static boolean matches(String query, String... texts) {
        String normalisedQuery = normalise(query);
        if (normalisedQuery.isEmpty()) {
            return true;
        }
        String haystack = normalise(String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
        return Arrays.stream(normalisedQuery.split(" ")).allMatch(haystack::contains);
    }
}
