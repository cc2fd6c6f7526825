package id.kanim.drivethru.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds applicants on the working day before their pickup. Each reminder is claimed by inserting its row
 * into {@code booking_reminder} (primary key: booking and date), and its messages are queued in the outbox in
 * the same transaction: of two app instances, or a run after a restart, only the one whose insert went in
 * queues, and a crash either keeps both the claim and the messages or neither. The outbox delivers them.
 */
@Component
public class Reminders {

	private final JdbcClient jdbc;

	private final Offices offices;

	private final ManageBookings bookings;

	private final Notifier notifier;

	private final NotificationSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Reminders(JdbcClient jdbc, Offices offices, ManageBookings bookings, Notifier notifier,
			NotificationSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.offices = offices;
		this.bookings = bookings;
		this.notifier = notifier;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${drivethru.notifications.reminder-interval:15m}", initialDelayString = "1m")
	void scheduled() {
		if (settings.remindersScheduled()) {
			sendDue();
		}
	}

	/** Queues every reminder that is due now and not yet queued; returns how many this call queued. */
	public int sendDue() {
		int sent = 0;
		for (var office : offices.all()) {
			var now = clock.instant().atZone(office.zone());
			if (now.toLocalTime().isBefore(settings.remindFrom())) {
				continue;
			}
			var today = now.toLocalDate();
			var until = nextWorkingDay(office, today);
			var due = jdbc.sql("""
					select b.id from booking b
					where b.office_id = :office and b.status = 'BOOKED'
					    and b.service_date > :today and b.service_date <= :until
					    and not exists (select 1 from booking_reminder r
					        where r.booking_id = b.id and r.service_date = b.service_date)
					order by b.id""")
				.param("office", office.id())
				.param("today", today)
				.param("until", until)
				.query(Long.class)
				.list();
			for (var id : due) {
				if (remind(id)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean remind(long bookingId) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			var booking = bookings.byId(bookingId).orElse(null);
			if (booking == null) {
				return false;
			}
			var claimed = jdbc.sql("""
					insert into booking_reminder (booking_id, service_date, sent_at)
					select id, service_date, :now from booking where id = :id and status = 'BOOKED'
					on conflict do nothing""")
				.param("id", bookingId)
				.param("now", Timestamp.from(clock.instant()))
				.update() == 1;
			if (claimed) {
				notifier.send(booking, Notifier.Topic.REMINDER);
			}
			return claimed;
		}));
	}

	/** The office's next open weekday after today (bookings up to it are reminded today). */
	static LocalDate nextWorkingDay(OfficeSettings office, LocalDate today) {
		var day = today.plusDays(1);
		for (int i = 0; i < 7 && !office.isOpenWeekday(day); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

}
