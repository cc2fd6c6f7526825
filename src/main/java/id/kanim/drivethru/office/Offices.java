package id.kanim.drivethru.office;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks offices up by code. Settings are read on every booking and change rarely, so they are cached in
 * memory; whoever changes an office calls {@link #evict(String)} after the change has committed.
 * <p>
 * The cache is bounded and keeps an entry for {@link #MAX_AGE} only: an eviction reaches this instance
 * alone, so with several instances on one database another instance picks up a changed setting within a few
 * seconds (the booking itself is still checked against the day's rows in the database). The list of all
 * offices (start page, "how it works") is kept as long.
 * <p>
 * Reads are not {@code @Transactional}: a cache hit needs no connection, and a miss is one repository call,
 * which has its own read-only transaction. A class-wide transaction cost every booking a JPA session and a
 * connection just to read this map.
 */
@Service
public class Offices {

	private final OfficeRepository repository;

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final Cache<String, OfficeSettings> cache = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(MAX_AGE)
		.build();

	private final Cache<Boolean, List<OfficeSettings>> all = Caffeine.newBuilder().expireAfterWrite(MAX_AGE).build();

	Offices(OfficeRepository repository) {
		this.repository = repository;
	}

	public OfficeSettings byCode(String code) {
		var cached = cache.getIfPresent(code);
		if (cached != null) {
			return cached;
		}
		var settings = repository.findByCode(code).map(Office::toSettings)
			.orElseThrow(() -> new UnknownOfficeException(code));
		cache.put(code, settings);
		return settings;
	}

	public OfficeSettings byId(Long id) {
		for (var settings : cache.asMap().values()) {
			if (settings.id().equals(id)) {
				return settings;
			}
		}
		var office = repository.findById(id).orElseThrow(() -> new UnknownOfficeException(String.valueOf(id)));
		return byCode(office.getCode());
	}

	public List<OfficeSettings> all() {
		return all.get(true, k -> repository.findAllByOrderByNameAsc().stream().map(Office::toSettings).toList());
	}

	public void evict(String code) {
		cache.invalidate(code);
		all.invalidateAll();
	}

	/**
	 * Changes an office's defaults and description. The cached settings are dropped once the change has
	 * committed, so no booking sees half of it.
	 */
	@Transactional
	public OfficeSettings changeDefaults(String code, String name, String address, OfficeDefaults defaults) {
		var office = repository.findByCode(code).orElseThrow(() -> new UnknownOfficeException(code));
		office.changeDefaults(defaults);
		office.describe(name, address);
		repository.flush();
		evictAfterCommit(code);
		return office.toSettings();
	}

	/** Adds an office so another Kanim can start using the service. */
	@Transactional
	public OfficeSettings create(String code, String name, String address, ZoneId zone, OfficeDefaults d) {
		if (repository.findByCode(code).isPresent()) {
			throw new DuplicateOfficeException(code);
		}
		var office = new Office(code, name, address, zone, d.opensAt(), d.closesAt(), d.slotMinutes(),
				d.defaultQuota(), d.defaultSlotCapacity(), d.openWeekdays(), d.bookingHorizonDays(),
				d.proxiesAllowed());
		office.changeDefaults(d);
		repository.saveAndFlush(office);
		evictAfterCommit(code);
		return office.toSettings();
	}

	private void evictAfterCommit(String code) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					evict(code);
				}
			});
		}
		else {
			evict(code);
		}
	}

}
