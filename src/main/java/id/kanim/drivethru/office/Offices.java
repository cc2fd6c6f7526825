package id.kanim.drivethru.office;

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
 * Several instances share one database, and an eviction reaches only the instance that made the change, so a
 * cached copy also expires a few seconds after it was written ({@code drivethru.offices.settings-ttl}, 3 s):
 * the other instances see a supervisor's change within that time (the booking itself is still checked
 * against the day's rows in the database). Chosen over PostgreSQL {@code LISTEN/NOTIFY} because it has no
 * moving part that can silently fail (a listening connection per instance that drops, a notification missed
 * during a reconnect or a failover to a replica would leave an instance stale for good), and it costs at most
 * one primary-key read per office per instance every 3 s. The cache is bounded, so a flood of made-up office
 * codes (never cached: unknown codes throw) cannot grow it. The list of all offices (start page, "how it
 * works") is kept as long.
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

	private final Cache<String, OfficeSettings> cache;

	private final Cache<Boolean, List<OfficeSettings>> all;

	private final TransactionTemplate readOnly;

	Offices(OfficeRepository repository, PlatformTransactionManager transactions, OfficeCacheSettings settings) {
		this.repository = repository;
		this.cache = Caffeine.newBuilder()
			.expireAfterWrite(settings.settingsTtl())
			.maximumSize(settings.settingsMaxSize())
			.build();
		this.all = Caffeine.newBuilder().expireAfterWrite(settings.settingsTtl()).build();
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
