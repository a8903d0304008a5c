package org.bluewhale.reports.schedule;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Sends a report file as an attachment over SMTP (Jakarta Mail, Angus Mail). */
public final class SmtpMailer {

    /**
     * @param user     empty for a relay that needs no login
     * @param startTls upgrade the connection with STARTTLS, and refuse to send without it
     */
    public record Settings(String host, int port, String from, String user, String password, boolean startTls) {
    }

    private final Settings settings;
    private final Session session;

    public SmtpMailer(Settings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", "30000");
        props.put("mail.smtp.timeout", "60000");
        props.put("mail.smtp.writetimeout", "60000");
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        boolean login = !settings.user().isEmpty();
        props.put("mail.smtp.auth", Boolean.toString(login));
        session = Session.getInstance(props, login ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        } : null);
    }

    /** Mails {@code file} to {@code to}; the subject and text are UTF-8, so Chinese names survive. */
    public void send(List<String> to, String subject, String text, Path file, String mediaType) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        }
        message.setSubject(subject, "UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        FileDataSource source = new FileDataSource(file.toFile()) {
            @Override
            public String getContentType() {
                return mediaType;
            }
        };
        attachment.setDataHandler(new DataHandler(source));
        attachment.setFileName(file.getFileName().toString());
        message.setContent(new MimeMultipart(body, attachment));
        Transport.send(message);
    }
}
