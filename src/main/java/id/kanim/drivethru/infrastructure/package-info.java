/**
 * Shared plumbing every feature may use: the embedded database, the clock, security, web layout and error
 * handling. An open module, since its sub-packages are meant to be used directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package id.kanim.drivethru.infrastructure;
