package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.api.OneTimeCode;
import fr.creneau.booking.config.BookingProperties;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.onetimecode.adapter.CodeRecords;
import fr.creneau.booking.onetimecode.domain.CodeHash;
import fr.creneau.booking.onetimecode.domain.CodeKey;
import fr.creneau.booking.onetimecode.domain.PendingCode;
import fr.creneau.booking.shared.domain.Digits;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.TooManyRequestsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.IdGenerator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Issues, resends and checks one-time codes. The code itself only ever leaves on notification.otp. */
@Service
public class OneTimeCodes {

    private static final int BOUND = 1_000_000;

    private final PendingCodes codes;
    private final ContactVault vault;
    private final CodeRecords records;
    private final TransactionTemplate transaction;
    private final BookingProperties.OneTimeCode settings;
    private final CodeKey key;
    private final Clock clock;
    private final IdGenerator ids;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(PendingCodes codes, ContactVault vault, CodeRecords records, TransactionTemplate transaction,
            BookingProperties properties, CodeKey key, Clock clock, IdGenerator ids) {
        this.codes = codes;
        this.vault = vault;
        this.records = records;
        this.transaction = transaction;
        this.settings = properties.oneTimeCode();
        this.key = key;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Stores the hash of a new code for a hold, in the caller's transaction; the code leaves with
     * {@link #send(String, IssuedCode, ContactDetails)} once the hold is stored.
     *
     * @param sealedContact the contact details as the vault sealed them, kept to send the code again
     */
    public IssuedCode store(String appointmentId, String sealedContact) {
        Instant now = clock.instant();
        String code = newCode();
        PendingCode pending = new PendingCode(appointmentId, CodeHash.of(key, appointmentId, code),
                now.plus(settings.validity()), settings.tries(), settings.resends(), now, sealedContact);
        codes.save(pending);
        return new IssuedCode(code, pending);
    }

    public void send(String communeId, IssuedCode issued, ContactDetails contact) {
        send(communeId, issued.pending(), issued.code(), contact);
    }

    public Instant resend(String appointmentId, String communeId) {
        Instant now = clock.instant();
        String code = newCode();
        PendingCode renewed = transaction.execute(status -> {
            PendingCode pending = codes.lock(appointmentId).orElseThrow(() -> new ConflictException(
                    "Aucun code n'est en attente pour ce rendez-vous."));
            if (pending.resendsLeft() <= 0) {
                throw new TooManyRequestsException("Le nombre maximal de renvois du code est atteint.");
            }
            if (!pending.canResend(now, settings.resendCoolDown())) {
                throw new TooManyRequestsException("Patientez quelques secondes avant de demander un nouveau code.",
                        settings.resendCoolDown());
            }
            PendingCode next = pending.resent(CodeHash.of(key, appointmentId, code), now, settings.validity());
            codes.save(next);
            return next;
        });
        ContactDetails contact = vault.open(appointmentId, renewed.sealedRecipient()).orElseThrow(
                () -> new ConflictException("Les coordonnées de ce rendez-vous ont été effacées."));
        send(communeId, renewed, code, contact);
        return renewed.expiresAt();
    }

    /**
     * Checks a code; the outcome says whether to confirm, or how many tries are left (0: release the hold). A right
     * code stays pending until the caller has stored the confirmation and {@link #forget forgets} it: a crash in
     * between leaves the citizen a code that still works, not a spent code and an unconfirmed hold.
     */
    public CodeCheck check(String appointmentId, String code) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Optional<PendingCode> found = codes.lock(appointmentId);
            if (found.isEmpty()) {
                return CodeCheck.NONE_PENDING;
            }
            PendingCode pending = found.get();
            if (pending.isExpired(now)) {
                return new CodeCheck(CodeCheck.Result.EXPIRED, pending.triesLeft());
            }
            if (pending.hash().matches(key, appointmentId, code)) {
                return CodeCheck.RIGHT;
            }
            PendingCode after = pending.afterWrongTry();
            if (after.triesLeft() == 0) {
                codes.delete(appointmentId);
            } else {
                codes.save(after);
            }
            return new CodeCheck(CodeCheck.Result.WRONG, after.triesLeft());
        });
    }

    public void forget(String appointmentId) {
        codes.delete(appointmentId);
    }

    private void send(String communeId, PendingCode pending, String code, ContactDetails contact) {
        try {
            records.send(pending.appointmentId(), new OneTimeCode(
                    ids.generateId().toString(), pending.lastSentAt(), communeId, pending.appointmentId(), code,
                    contact.fullName(), contact.email(), contact.mobile(), pending.expiresAt(), contact.locale()));
        } catch (RuntimeException e) {
            throw new CodeNotSent(e);
        }
    }

    private String newCode() {
        return Digits.padded(random.nextInt(BOUND), 6);
    }
}
