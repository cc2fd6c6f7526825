package id.kanim.drivethru.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles as {@code "ADMIN,SUPERVISOR"}: few, fixed, and read with the account every time. */
@Converter
class RolesConverter implements AttributeConverter<Set<StaffRole>, String> {

	@Override
	public String convertToDatabaseColumn(Set<StaffRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<StaffRole> convertToEntityAttribute(String column) {
		var roles = EnumSet.noneOf(StaffRole.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(StaffRole::valueOf).forEach(roles::add);
		}
		return roles;
	}

}
