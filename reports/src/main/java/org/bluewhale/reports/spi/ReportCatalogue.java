package org.bluewhale.reports.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every report this installation has, by name: the built-in ones and those of the jars in the
 * plugins folder, each found with {@link ServiceLoader} ({@code META-INF/services/}
 * {@code org.bluewhale.reports.spi.ReportDefinition}). Two reports of one name are refused at
 * start rather than one silently hiding the other.
 */
public final class ReportCatalogue {

    private final Map<String, ReportDefinition> byName = new TreeMap<>();

    private ReportCatalogue(ClassLoader loader) {
        for (ReportDefinition definition : ServiceLoader.load(ReportDefinition.class, loader)) {
            ReportDefinition earlier = byName.putIfAbsent(definition.name(), definition);
            if (earlier != null) {
                throw new IllegalStateException("two reports are named '" + definition.name() + "': "
                        + earlier.getClass().getName() + " and " + definition.getClass().getName());
            }
        }
    }

    /** The built-in reports only. */
    public static ReportCatalogue builtIn() {
        return new ReportCatalogue(ReportCatalogue.class.getClassLoader());
    }

    /** The built-in reports and those of every {@code *.jar} in {@code plugins} (which may not exist). */
    public static ReportCatalogue withPlugins(Path plugins) {
        List<URL> jars = new ArrayList<>();
        if (Files.isDirectory(plugins)) {
            try (Stream<Path> files = Files.list(plugins)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(url(jar));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the report plugins in " + plugins, e);
            }
        }
        if (jars.isEmpty()) {
            return builtIn();
        }
        // Never closed: the plugins' classes are used for as long as the process runs.
        return new ReportCatalogue(new URLClassLoader(jars.toArray(URL[]::new), ReportCatalogue.class.getClassLoader()));
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot load the plugin " + jar, e);
        }
    }

    public Optional<ReportDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The report named {@code name}, or an error that lists the ones there are. */
    public ReportDefinition get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown report '" + name + "'; there are "
                + String.join(", ", byName.keySet())));
    }

    /** Every report, by name. */
    public Collection<ReportDefinition> all() {
        return byName.values();
    }
}
