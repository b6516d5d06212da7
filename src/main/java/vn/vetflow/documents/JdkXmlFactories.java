package vn.vetflow.documents;

import java.util.Map;

/**
 * Names the JDK's own XML factories as the JAXP defaults. Without a name, every {@code newInstance()} (three
 * per rendered document: openhtmltopdf's SAX parser, XMPBox's DOM builder and serializer) walks the whole
 * class path through {@code ServiceLoader} for a provider that no jar of vetflow ships, then takes the JDK's:
 * about 7 % of a document's rendering (issue 15, {@code DocumentRenderingBenchmark}). Naming the same
 * classes changes nothing else. A value set on the command line wins.
 */
final class JdkXmlFactories {

    private static final Map<String, String> DEFAULTS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory",
            "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

    private JdkXmlFactories() {
    }

    static void use() {
        DEFAULTS.forEach((property, factory) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, factory);
            }
        });
    }
}
