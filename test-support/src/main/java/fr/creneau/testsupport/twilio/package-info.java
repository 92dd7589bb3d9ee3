/** Twilio's Messages API as the tests' WireMock servers play it: its path, its answer, and the form an SMS is sent as. */
package fr.creneau.testsupport.twilio;
