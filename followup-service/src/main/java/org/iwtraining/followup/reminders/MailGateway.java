package org.iwtraining.followup.reminders;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** The one place mail leaves the service (SMTP in production, the mock mailbox in tests). */
@ApplicationScoped
public class MailGateway {

    private final Mailer mailer;

    public MailGateway(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text));
    }
}
