/** The {@code dossier} command line: one picocli command class per subcommand. */
package org.dossier.cli;
