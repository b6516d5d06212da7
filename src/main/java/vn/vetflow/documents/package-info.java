/** Official documents as PDF: rendering, signing and time-stamping. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package vn.vetflow.documents;
