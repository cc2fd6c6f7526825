package id.kanim.drivethru.infrastructure.web;

import java.time.LocalTime;

/**
 * The office a public page is about, as the layout's footer shows it (where, when open, help). A page whose
 * model holds such an {@code office} gets the footer block; other pages (where {@code office} is only the
 * code from the path, or absent) do not.
 */
public interface PageOffice {

	String code();

	String name();

	String address();

	LocalTime opensAt();

	LocalTime closesAt();

	String zoneAbbreviation();

}
