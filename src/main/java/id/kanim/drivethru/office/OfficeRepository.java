package id.kanim.drivethru.office;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

	Optional<Office> findByCode(String code);

	List<Office> findAllByOrderByNameAsc();

}
