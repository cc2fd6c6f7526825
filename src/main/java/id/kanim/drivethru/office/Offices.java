package id.kanim.drivethru.office;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * Reads are not {@code @Transactional}: a cache hit needs no connection (a class-wide transaction cost every
 * booking a JPA session just to read this map). A miss reads in a read-only transaction of its own, which
 * must end before the caller goes on: without one, a query run inside the booking path's
 * {@code NOT_SUPPORTED} scope keeps its entity manager, and so its connection, until that scope ends, and
 * the booking's own transaction then needs a second connection (ten simultaneous misses emptied the pool
 * for good in a benchmark).
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

	private final TransactionTemplate readOnly;

	Offices(OfficeRepository repository, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public OfficeSettings byCode(String code) {
		var cached = cache.getIfPresent(code);
		if (cached != null) {
			return cached;
		}
		var settings = readOnly.execute(tx -> repository.findByCode(code).map(Office::toSettings))
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
		var code = readOnly.execute(tx -> repository.findById(id).map(Office::getCode))
			.orElseThrow(() -> new UnknownOfficeException(String.valueOf(id)));
		return byCode(code);
	}

	public List<OfficeSettings> all() {
		return all.get(true,
				k -> readOnly.execute(tx -> repository.findAllByOrderByNameAsc().stream().map(Office::toSettings).toList()));
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
