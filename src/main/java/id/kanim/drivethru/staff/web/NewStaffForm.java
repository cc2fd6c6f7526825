package id.kanim.drivethru.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kanim.drivethru.staff.StaffUsername;

/** A new officer or supervisor of the office shown on the staff page. */
public class NewStaffForm {

	@StaffUsername
	private String username;

	@NotBlank(message = "{staff.manage.form.displayName.required}")
	@Size(max = 100, message = "{staff.manage.form.displayName.long}")
	private String displayName;

	@NotBlank(message = "{staff.manage.form.role.required}")
	@Pattern(regexp = "^$|OFFICER|SUPERVISOR", message = "{staff.manage.form.role.required}")
	private String role = "OFFICER";

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
