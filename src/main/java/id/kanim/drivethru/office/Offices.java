package id.kanim.drivethru.office;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks offices up by code. Settings are read on every booking and change rarely, so they are cached in
 * memory; whoever changes an office calls {@link #evict(String)} after the change has committed.
 */
@Service
@Transactional(readOnly = true)
public class Offices {

	private final OfficeRepository repository;

	private final Map<String, OfficeSettings> cache = new ConcurrentHashMap<>();

	Offices(OfficeRepository repository) {
		this.repository = repository;
	}

	public OfficeSettings byCode(String code) {
		var cached = cache.get(code);
		if (cached != null) {
			return cached;
		}
		var settings = repository.findByCode(code).map(Office::toSettings)
			.orElseThrow(() -> new UnknownOfficeException(code));
		cache.put(code, settings);
		return settings;
	}

	public OfficeSettings byId(Long id) {
		for (var settings : cache.values()) {
			if (settings.id().equals(id)) {
				return settings;
			}
		}
		var office = repository.findById(id).orElseThrow(() -> new UnknownOfficeException(String.valueOf(id)));
		return byCode(office.getCode());
	}

	public List<OfficeSettings> all() {
		return repository.findAllByOrderByNameAsc().stream().map(Office::toSettings).toList();
	}

	public void evict(String code) {
		cache.remove(code);
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
