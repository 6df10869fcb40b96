package no.samla.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samla.system.FieldConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "kari.nordmann@drammen.kommune.no";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // On the shipped list, in any case.
                "1234567890",
                "qwertyuiop",
                "Password123",
                "iloveyou12",
                // A common word with digits or signs after it.
                "sunshine2024!",
                "Sommer2026!",
                "Passord123456",
                "Kommunen2026",
                // Repeated or running characters.
                "aaaaaaaaaaaa",
                "abcabcabcabc",
                "1212121212",
                "abcdefghijk",
                "9876543210",
                // The e-mail's name with digits.
                "Kari.Nordmann1"
            })
    void commonAndPatternedPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password, EMAIL))
                .isInstanceOf(FieldConflictException.class)
                .hasMessage("newPassword: password.new.common");
    }

    @Test
    void theEmailItselfHasItsOwnMessage() {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(" Kari.Nordmann@Drammen.kommune.no", EMAIL))
                .hasMessage("newPassword: password.new.isEmail");
    }

    @Test
    void morePasswordThanBcryptReadsIsRefusedCountingBytes() {
        // 40 characters, 80 bytes: the encoder would refuse it with an exception, and the page with a 500.
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("æ".repeat(40), EMAIL))
                .hasMessage("newPassword: password.new.tooLong");
        assertThatCode(() -> PasswordPolicy.requireAcceptable("blåbærsyltetøy på brødskiva hver morgen", EMAIL))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "et langt og godt passord",
                "Fjorden ligger blank i dag",
                "kaffe-klokka-halv-ni",
                "tR7#kq9Lm2pX",
                "sommerfugl og bringebær"
            })
    void longUncommonPasswordsAndSentencesAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.requireAcceptable(password, EMAIL)).doesNotThrowAnyException();
    }
}
