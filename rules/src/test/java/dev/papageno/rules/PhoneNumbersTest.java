package dev.papageno.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papageno.core.resources.PhoneNumbers;
import dev.papageno.core.resources.ResourceDirectory;
import dev.papageno.core.rule.load.RuleSetLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phone-number normaliser: how numbers written in prose are found and reduced to digits. */
class PhoneNumbersTest {

    /** The one run found in {@code text}, as its written form and digits. */
    private static String only(String text) {
        List<PhoneNumbers.Candidate> found = PhoneNumbers.find(text);
        assertEquals(1, found.size(), "runs in “" + text + "”: " + found);
        PhoneNumbers.Candidate c = found.get(0);
        return text.substring(c.start(), c.end()) + " = " + c.digits();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Call 1-800-273-8255 now.                 | 1-800-273-8255 = 18002738255",
        "Call (800) 273-8255 now.                 | (800) 273-8255 = 8002738255",
        "Call +1 800 273 8255 now.                | +1 800 273 8255 = 18002738255",
        "Call 1.800.273.8255 now.                 | 1.800.273.8255 = 18002738255",
        "Call 1 (800) 273-8255 now.               | 1 (800) 273-8255 = 18002738255",
        "Call 18002738255 now.                    | 18002738255 = 18002738255",
        "Call 1-800-273-TALK now.                 | 1-800-273-TALK = 18002738255",
        "Call 800-273-TALK (8255) now.            | 800-273-TALK (8255) = 8002738255",
        "Call 1-800-SUICIDE now.                  | 1-800-SUICIDE = 18007842433",
        "Call 1-800-DONT CUT now.                 | 1-800-DONT CUT = 18003668288",
        "Call 1-866-APPELLE now.                  | 1-866-APPELLE = 18662773553",
        "Call 0508 TAUTOKO now.                   | 0508 TAUTOKO = 05088288656",
        "Ring +44 (0)800 068 4141 today.          | +44 (0)800 068 4141 = 4408000684141",
        "Ring 0800 068 4141 (24/7).               | 0800 068 4141 = 08000684141",
        "Call or text 988.                        | 988 = 988",
        "Dial 9-8-8 any time.                     | 9-8-8 = 988",
        "Call 116 123 free.                       | 116 123 = 116123",
        "Call 13 11 14, any hour.                 | 13 11 14 = 131114",
        "Text 0477 13 11 14 any time.             | 0477 13 11 14 = 0477131114",
        "Call 1800 247 247 now.                   | 1800 247 247 = 1800247247",
        "Call the line on 1800\u00a0247\u00a0247 now. | 1800\u00a0247\u00a0247 = 1800247247",
    })
    void normalises(String text, String expected) {
        assertEquals(expected.strip(), only(text.strip()));
    }

    @Test
    void lettersAfterAShortNumberAreNotVanity() {
        assertEquals("988 = 988", only("Call 988 NOW if you can."));
        assertEquals("1737 = 1737", only("Text 1737 NOW."));
    }

    @Test
    void numbersInsideWordsAreNotNumbers() {
        assertTrue(PhoneNumbers.find("Visit 988lifeline.org or 13YARN.").isEmpty());
        assertTrue(PhoneNumbers.find("The MP3 and the A4 sheet.").isEmpty());
    }

    @Test
    void tooShortRunsAreSkipped() {
        assertTrue(PhoneNumbers.find("Open 24/7, 9 to 5, aged 12.").isEmpty());
    }

    @Test
    void aNumberRunningIntoAnotherIsReadInPieces() {
        PhoneNumbers.Candidate c = PhoneNumbers.find("Call 988 24 hours a day.").get(0);
        assertEquals("98824", c.digits());
        List<String> readings = c.readings().stream().map(PhoneNumbers.Candidate::digits).toList();
        assertEquals(List.of("98824", "988"), readings);
        PhoneNumbers.Candidate lead = PhoneNumbers.find("Open 24 7 988.").get(0);
        assertTrue(lead.readings().stream().anyMatch(r -> r.digits().equals("988")), lead.readings().toString());
    }

    @Test
    void aTrailingPieceThatRunsIntoAWordIsDropped() {
        assertEquals("988 = 988", only("Call 988 24x7."));
    }

    @Test
    void digitsMapVanityLetters() {
        assertEquals("18002738255", PhoneNumbers.digits("1-800-273-TALK"));
        assertEquals("741741", PhoneNumbers.digits("741741"));
        assertEquals("05088288656", PhoneNumbers.digits("0508 TAUTOKO"));
    }

    @Test
    void variantsCoverCountryCodesAndTrunkPrefixesOfTheRegionData() throws Exception {
        ResourceDirectory dir = RuleSetLoader.builtIn().resources();
        assertTrue(dir.variants("18002738255").contains("8002738255"));
        assertTrue(dir.variants("8002738255").contains("18002738255"));
        assertTrue(dir.variants("4408000684141").contains("08000684141"));
        assertTrue(dir.variants("448000684141").contains("08000684141"));
        assertTrue(dir.variants("003531800247247").contains("1800247247"));
        assertTrue(dir.variants("61131114").contains("131114"));
        assertFalse(dir.variants("1800247247").contains("800247247"), "a North American number has ten digits");
        assertEquals(java.util.Set.of("988"), dir.variants("988"));
    }
}
