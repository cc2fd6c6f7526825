package id.kanim.drivethru.verification.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A new integrator key: who it is for and the offices it may book at (the form sends one "office" per tick). */
public class ApiKeyForm {

	@NotBlank(message = "{apikey.form.name.required}")
	@Size(max = 100, message = "{apikey.form.name.long}")
	private String name;

	@NotEmpty(message = "{apikey.form.office.required}")
	private List<String> office = new ArrayList<>();

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<String> getOffice() {
		return office;
	}

	public void setOffice(List<String> office) {
		this.office = office == null ? new ArrayList<>() : office;
	}

}
