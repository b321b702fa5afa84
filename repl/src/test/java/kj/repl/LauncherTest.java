package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./k launcher on a fresh clone: a copy of the script in a tree with sources and no jar,
 * run with a PATH that holds only the tools it uses (and a stand-in for mvn, or none).
 */
class LauncherTest {
    private static final List<String> TOOLS = List.of("bash", "dirname", "sed", "find", "ls", "head", "mv", "rm",
            "mkdir", "touch", "cat", "sleep");
    @TempDir
    Path dir;
    private Path tree, bin;
    private String err;

    @BeforeEach
    void freshClone() throws IOException {
        tree = Files.createDirectories(dir.resolve("kj"));
        Files.copy(Path.of("..", "k"), tree.resolve("k"));
        Files.createDirectories(tree.resolve("repl/src/main/java"));
        Files.writeString(tree.resolve("repl/src/main/java/A.java"), "class A {}");
        bin = Files.createDirectories(dir.resolve("bin"));
        for (String t : TOOLS) {
            for (String d : new String[] {"/usr/bin/", "/bin/"}) {
                if (Files.isExecutable(Path.of(d + t))) {
                    Files.createSymbolicLink(bin.resolve(t), Path.of(d + t));
                    break;
                }
            }
        }
    }

    private int launch() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", tree.resolve("k").toString(), "-e", "1+1")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "k finished");
        err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
        return p.exitValue();
    }

    @Test
    void withoutMavenItSaysSoInOneLine() throws Exception {
        assertEquals(1, launch());
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("k: building kj needs Maven (mvn) on PATH"), err);
    }

    @Test
    void theFirstBuildSaysWhatItDoesOnStderrWithoutEscapes() throws Exception {
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/bash\necho \"style=$*\" > " + dir.resolve("args")
                + "\nmkdir -p repl/target && touch repl/target/repl-0.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        launch(); // the stand-in jar holds no program: java then fails, after the build messages
        assertTrue(err.startsWith("k: building kj with Maven (the first build takes about a minute"), err);
        assertTrue(err.contains("\nk: built in "), err);
        assertFalse(err.contains("\u001b"), "no escape codes when stderr is not a terminal: " + err);
        assertTrue(Files.readString(dir.resolve("args")).contains("-Dstyle.color=never"), "Maven is told not to colour");
    }

    @Test
    void withoutAJdkItSaysWhereItLooked() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("jdk17/bin"));
        Files.writeString(dir.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.1\"\n");
        Files.writeString(fake.resolve("java"), "#!/bin/bash\n");
        Files.setPosixFilePermissions(fake.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                "sed 's#/usr/lib/jvm/\\*/bin/java /opt/\\*/bin/java#/nonexistent/java#' " + tree.resolve("k") + " > " + tree.resolve("k2")
                        + " && bash " + tree.resolve("k2") + " -e 1")
                .redirectError(dir.resolve("err").toFile());
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("JAVA_HOME", dir.resolve("jdk17").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        err = Files.readString(dir.resolve("err"));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.startsWith("k: no JDK 25 or newer found (looked at $JAVA_HOME,"), err);
        assertTrue(err.contains("set JAVA_HOME"), err);
    }
}
