/** The story desk: {@code dossier serve}'s REST API and web UI over one data folder. */
package org.dossier.server;
