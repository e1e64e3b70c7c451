/** Speed and memory measurements of the stages, for the {@code bench} command. */
package org.dossier.bench;
