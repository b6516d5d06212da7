package vn.vetflow.accounts;

import java.util.Locale;

/** What the registration page posts; strings only, so any input binds and the validator explains it. */
class RegistrationForm {

    private String type = AccountType.PERSON.name();
    private String name;
    private String idNumber;
    private String username;
    private String email;
    private String phone;
    private String address;
    private String password;
    private String passwordConfirmation;

    /** Passwords are never sent back to the browser with a rejected form. */
    void clearPasswords() {
        password = null;
        passwordConfirmation = null;
    }

    AccountType accountType() {
        return AccountType.parse(type);
    }

    /** Single spaces, no surrounding blanks. */
    String normalisedName() {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** Digits only: "0101234567-001" and "0101 234 567" are written forms of a code. */
    String normalisedIdNumber() {
        return idNumber == null ? "" : idNumber.replaceAll("[\\s.\\-]", "");
    }

    String normalisedUsername() {
        return username == null ? "" : username.strip();
    }

    /** Lower case: the engine compares addresses exactly, people do not. */
    String normalisedEmail() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Without the spaces, dots and dashes people write numbers with. */
    String normalisedPhone() {
        return phone == null ? "" : phone.replaceAll("[\\s.\\-()]", "");
    }

    String normalisedAddress() {
        return address == null ? "" : address.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
