package vn.vetflow.payment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRecords extends JpaRepository<OrderRecord, String> {

    Optional<OrderRecord> findByOpenDossierCode(String dossierCode);

    /** The order, locked until the transaction ends: callbacks for one order are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OrderRecord o where o.orderId = :orderId")
    Optional<OrderRecord> lock(String orderId);
}
