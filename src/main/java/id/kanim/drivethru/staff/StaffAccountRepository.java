package id.kanim.drivethru.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findByOfficeId(Long officeId);

}
