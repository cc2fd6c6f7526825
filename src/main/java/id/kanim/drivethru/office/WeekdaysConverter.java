package id.kanim.drivethru.office;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores open weekdays as ISO day numbers, {@code "1,2,3,4,5"} for Monday to Friday. */
@Converter
class WeekdaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

	@Override
	public String convertToDatabaseColumn(Set<DayOfWeek> days) {
		return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
	}

	@Override
	public Set<DayOfWeek> convertToEntityAttribute(String column) {
		var days = EnumSet.noneOf(DayOfWeek.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(Integer::parseInt).map(DayOfWeek::of)
				.forEach(days::add);
		}
		return days;
	}

}
