/**
 * The common leadership platform (felles lederplattform): principles a programme's leaders write together, saved as a
 * version after each gathering, commented on while the coordinator keeps the window open, and finally adopted.
 */
package no.samla.platform;
