package id.kanim.drivethru.verification;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.VerifiedIntegrationTest;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code step of the applicant's forms over real HTTP: the first submit sends a code and stores nothing,
 * the second books; the code's id travels in a hidden field, so no session is needed for it.
 */
@VerifiedIntegrationTest
class PhoneVerificationPagesTest extends OfficeTestBase {

	String phone;

	@BeforeEach
	void newPhone() {
		phone = TestPhones.next();
	}

	Map<String, String> filledForm(Browser.Page form, String applicationNumber) {
		var fields = TestForms.booking(form, applicationNumber, tomorrow, "09:00");
		fields.put("phone", phone);
		return fields;
	}

	String formPath() {
		return "/kantor/" + office + "/booking";
	}

	@Test
	void theFirstSubmitSendsACodeAndTheSecondBooks() {
		var form = browser.get(formPath());
		assertThat(form.body()).contains("id=\"verification-intro\"");
		var fields = filledForm(form, TestOffices.applicationNumber());

		var codeStep = browser.post(formPath(), fields);

		assertThat(codeStep.status()).isEqualTo(200);
		assertThat(codeStep.body()).contains("id=\"verificationCode\"").contains("****");
		// What lets a phone offer the code from the SMS and show the number pad: from the field fragment.
		var codeField = java.util.regex.Pattern.compile("<input[^>]*name=\"verificationCode\"[^>]*>").matcher(codeStep.body());
		assertThat(codeField.find()).isTrue();
		assertThat(codeField.group()).contains("autocomplete=\"one-time-code\"", "inputmode=\"numeric\"",
				"pattern=\"[0-9]{6}\"", "maxlength=\"6\"", "autofocus", "required",
				"aria-describedby=\"verificationCode-hint\"");
		assertThat(codeStep.input("verificationId")).isNotBlank();
		assertThat(Races.activeBookings(jdbc, office)).isZero();

		fields.put("_csrf", codeStep.csrf());
		fields.put("verificationId", codeStep.input("verificationId"));
		fields.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		var booked = browser.post(formPath(), fields);

		assertThat(booked.status()).isEqualTo(302);
		assertThat(booked.redirectPath()).matches(".*/booking/[0-9A-Z]{8}\\?t=.+");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void aWrongCodeIsShownNextToTheFieldAndStoresNothing() {
		var form = browser.get(formPath());
		var fields = filledForm(form, TestOffices.applicationNumber());
		var codeStep = browser.post(formPath(), fields);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));
		fields.put("_csrf", codeStep.csrf());
		fields.put("verificationId", codeStep.input("verificationId"));
		fields.put("verificationCode", code.equals("123456") ? "654321" : "123456");

		var wrong = browser.post(formPath(), fields);

		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"verificationCode-error\"").contains("Kode verifikasi salah");
		assertThat(wrong.input("verificationId")).isEqualTo(codeStep.input("verificationId"));
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void aNewCodeCanBeAskedForAndTheOldOneStopsMattering() {
		var form = browser.get(formPath());
		var fields = filledForm(form, TestOffices.applicationNumber());
		var first = browser.post(formPath(), fields);
		fields.put("_csrf", first.csrf());
		fields.put("verificationId", first.input("verificationId"));
		fields.put("resend", "true");

		var second = browser.post(formPath(), fields);

		assertThat(second.input("verificationId")).isNotEqualTo(first.input("verificationId"));
		assertThat(CapturedMessages.count(TestPhones.e164(phone))).isEqualTo(2);
		fields.remove("resend");
		fields.put("_csrf", second.csrf());
		fields.put("verificationId", second.input("verificationId"));
		fields.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		assertThat(browser.post(formPath(), fields).status()).isEqualTo(302);
	}

	@Test
	void tooManyCodesToOnePhoneAreRefusedOnTheFormInWords() {
		var form = browser.get(formPath());
		var fields = filledForm(form, TestOffices.applicationNumber());
		for (int i = 0; i < 5; i++) {
			var step = browser.post(formPath(), fields);
			assertThat(step.input("verificationId")).isNotBlank();
			fields.put("_csrf", step.csrf());
		}

		var sixth = browser.post(formPath(), fields);

		assertThat(sixth.status()).isEqualTo(200);
		assertThat(sixth.body()).contains("Sudah terlalu banyak kode dikirim ke nomor ini").contains("menit");
		assertThat(CapturedMessages.count(TestPhones.e164(phone))).isEqualTo(5);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void joiningTheWaitingListNeedsTheCodeToo() {
		var full = TestOffices.create(jdbc, 1, 1);
		id.kanim.drivethru.support.TestBookings.book(jdbc, full, tomorrow, "09:00", "BH 1 AA");
		var path = "/kantor/" + full + "/antrean-tunggu";
		var form = browser.get("/kantor/" + full + "/booking?tunggu");
		var fields = filledForm(form, TestOffices.applicationNumber());

		var codeStep = browser.post(path, fields);

		assertThat(codeStep.status()).isEqualTo(200);
		assertThat(codeStep.body()).contains("id=\"join-waiting-list\"").contains("id=\"verificationCode\"");
		assertThat(waiting(full)).isZero();
		fields.put("_csrf", codeStep.csrf());
		fields.put("verificationId", codeStep.input("verificationId"));
		fields.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		var joined = browser.post(path, fields);
		assertThat(joined.status()).as(joined.body()).isEqualTo(302);
		assertThat(waiting(full)).isEqualTo(1);
	}

	@Test
	void cancellingFromTheManagePagesNeedsACodeToTheBookingsPhone() {
		var number = TestOffices.applicationNumber();
		var form = browser.get(formPath());
		var fields = filledForm(form, number);
		var step = browser.post(formPath(), fields);
		fields.put("_csrf", step.csrf());
		fields.put("verificationId", step.input("verificationId"));
		fields.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		var location = browser.post(formPath(), fields).redirectPath();
		var cancelPath = "/booking/" + location.replaceFirst(".*/booking/([0-9A-Z]{8}).*", "$1") + "/batal?t="
				+ location.replaceFirst(".*[?&]t=", "");
		var confirm = browser.get(cancelPath);
		assertThat(confirm.status()).isEqualTo(200);

		var codePage = browser.post(cancelPath, Map.of("_csrf", confirm.csrf()));

		assertThat(codePage.status()).isEqualTo(200);
		assertThat(codePage.body()).contains("id=\"verificationCode\"");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
		var cancelled = browser.post(cancelPath, Map.of("_csrf", codePage.csrf(), "verificationId",
				codePage.input("verificationId"), "verificationCode",
				CapturedMessages.latestCode(TestPhones.e164(phone))));
		assertThat(cancelled.status()).isEqualTo(302);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	long waiting(String officeCode) {
		return jdbc.sql("""
				select count(*) from waiting_entry w join office o on o.id = w.office_id
				where o.code = :code and w.status = 'WAITING'""").param("code", officeCode).query(Long.class).single();
	}

}
