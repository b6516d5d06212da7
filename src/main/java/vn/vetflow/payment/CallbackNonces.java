package vn.vetflow.payment;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackNonces extends JpaRepository<CallbackNonce, String> {
}
