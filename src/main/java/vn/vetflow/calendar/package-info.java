/**
 * Working days, holidays and make-up days, and deadline arithmetic. It uses identity (administrators)
 * and notification (reminders to confirm a year) only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "notification"})
package vn.vetflow.calendar;
