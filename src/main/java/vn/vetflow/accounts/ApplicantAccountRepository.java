package vn.vetflow.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, String> {

    boolean existsByIdNumber(String idNumber);

    java.util.Optional<ApplicantAccount> findByIdNumber(String idNumber);
}
