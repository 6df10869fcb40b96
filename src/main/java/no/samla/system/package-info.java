/** Shared infrastructure: database selection, security, layout, languages and error pages. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.samla.system;
