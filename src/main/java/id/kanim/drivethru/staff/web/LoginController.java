package id.kanim.drivethru.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.kanim.drivethru.staff.FailedSignIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the POST, the failures and the sign-out. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		// After a failed attempt the form keeps the username (never the password).
		var error = request.getParameter("error") != null || request.getParameter("throttled") != null;
		model.addAttribute("username", error ? FailedSignIn.take(request, response) : null);
		return "staff/login";
	}

}
