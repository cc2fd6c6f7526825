package id.kanim.drivethru.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.Bookings;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;

	private final Offices offices;

	private final ManageBookings manage;

	private final Bookings bookings;

	private final Notifier notifier;

	private final NotificationSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Reminders(JdbcClient jdbc, Offices offices, ManageBookings manage, Bookings bookings, Notifier notifier,
			NotificationSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.offices = offices;
		this.manage = manage;
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
			var booked = bookings.bookedBetween(office.id(), today, until);
			var reminded = booked.isEmpty() ? java.util.Set.<Bookings.Upcoming>of() : new java.util.HashSet<>(jdbc.sql("""
					select booking_id, service_date from booking_reminder where booking_id in (:ids)""")
				.param("ids", booked.stream().map(Bookings.Upcoming::id).toList())
				.query((rs, n) -> new Bookings.Upcoming(rs.getLong(1), rs.getObject(2, LocalDate.class)))
				.list());
			var due = booked.stream().filter(b -> !reminded.contains(b)).map(Bookings.Upcoming::id).toList();
			for (var id : due) {
				try {
					if (remind(id)) {
						sent++;
					}
				}
				catch (RuntimeException ex) {
					// One booking that cannot be reminded (its transaction rolled back, so the next run tries it
					// again) must not leave every later booking and office of the country without a reminder.
					log.error("Reminder for booking {} not queued", id, ex);
				}
			}
		}
		return sent;
	}

	private boolean remind(long bookingId) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			var booking = manage.byId(bookingId).orElse(null);
			if (booking == null || booking.getStatus() != BookingStatus.BOOKED) {
				return false;
			}
			var claimed = jdbc.sql("""
					insert into booking_reminder (booking_id, service_date, sent_at) values (:id, :date, :now)
					on conflict do nothing""")
				.param("id", bookingId)
				.param("date", booking.getServiceDate())
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
