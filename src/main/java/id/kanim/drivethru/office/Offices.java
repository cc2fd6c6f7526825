package id.kanim.drivethru.office;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
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

}
