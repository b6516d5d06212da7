package vn.vetflow.accounts;

/** The address a reset link should go to. */
class ForgotPasswordForm {

    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
