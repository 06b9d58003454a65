package org.iwtraining.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

/** What the SMTP server every service mails through has received: the notices booking-service sent, by kind. */
final class Mailbox {

    /** A notice's subject starts so, followed by the session's title. */
    static final String CONFIRMED = "Place confirmed: ";
    static final String PROMOTED = "Place confirmed from the waiting list: ";
    static final String REMINDER = "Reminder and joining instructions: ";

    private static final Pattern BOOKING_REFERENCE = Pattern.compile("Booking reference: ([0-9a-f-]{36})");

    private Mailbox() {
    }

    /** The booking references of the mails received so far whose subject starts with {@code subjectPrefix}. */
    static List<String> bookingReferences(GreenMail smtp, String subjectPrefix) {
        List<String> references = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject(message).startsWith(subjectPrefix)) {
                Matcher reference = BOOKING_REFERENCE.matcher(GreenMailUtil.getBody(message));
                if (!reference.find()) {
                    throw new AssertionError("a notice without a booking reference: " + subject(message));
                }
                references.add(reference.group(1));
            }
        }
        return references;
    }

    /** How many mails received so far have exactly this subject. */
    static long withSubject(GreenMail smtp, String subject) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subject(m))).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
