package io.gantry.itests.thirdparty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Packs {@link FolderVolumeDriver} into a bundle of its own, as a third party would ship it: a jar that imports
 * only the API and declares its Declarative Services component in OSGI-INF.
 */
public final class DriverBundle {
    public static final String SYMBOLIC_NAME = "io.gantry.itests.folderdriver";
    private static final String CLASS_FILE = FolderVolumeDriver.class.getName().replace('.', '/') + ".class";
    private static final String COMPONENT = "OSGI-INF/folder-volume-driver.xml";

    private DriverBundle() {
    }

    public static Path write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "io.gantry.api,io.gantry.api.volume");
        main.putValue("Service-Component", COMPONENT);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(CLASS_FILE));
            try (InputStream bytes = DriverBundle.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
                bytes.transferTo(out);
            }
            out.putNextEntry(new JarEntry(COMPONENT));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + SYMBOLIC_NAME
                    + "\" immediate=\"true\">\n"
                    + "  <implementation class=\"" + FolderVolumeDriver.class.getName() + "\"/>\n"
                    + "  <service><provide interface=\"io.gantry.api.volume.VolumeDriver\"/></service>\n"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
